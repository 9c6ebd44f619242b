import { ALNUM, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { checkConnectionPassword } from '../structure/connection-password-verdict.js';

/*
 * Connection strings with an embedded password. The secret is the password alone. Vendor
 * defaults and dev-compose values (`postgres:postgres`, `root:root`, `guest:guest`,
 * `redis://:foobared@`) are not findings: a password is judged by itself, not by the host, since
 * `localhost` in a committed URL often sits next to a real password reused elsewhere.
 */

/** Userinfo up to the password: no `:` (the first one splits user from password), `@` or `/`. */
const USER = String.raw`[^\s:@/?#'"<>\x60]{0,128}`;
/** The password runs to the `@` before the host; `/`, `?` and `#` cannot occur unencoded. */
const PASSWORD = String.raw`[^\s@/?#'"<>\x60]{1,256}`;

/**
 * `scheme://user:password@host` where `scheme` is one of `schemes` (regex source), optionally
 * with a driver suffix (`postgresql+asyncpg`). Not preceded by `:`, so `jdbc:mysql://` is left
 * to the JDBC rule.
 */
function uriPattern(schemes: string): RegExp {
  return new RegExp(
    String.raw`(?<![\w+.:-])(?:${schemes})(?:\+[a-z0-9]{1,20})?://${USER}:(?<secret>${PASSWORD})@(?=[\w[.%-])`,
  );
}

/** A password as people pick them for services: letters, digits and a few symbols. */
function servicePassword(): string {
  for (;;) {
    const value = randomString(`${ALNUM}!*-_~`, 18);
    if (checkConnectionPassword(value) === 'plausible' && !/^[-_~!*]/.test(value)) return value;
  }
}

const ALWAYS_FALSE_POSITIVE = (scheme: string, host = 'localhost') => [
  `${scheme}://user:password@${host}/app`,
  `${scheme}://user:\${DB_PASSWORD}@${host}/app`,
  `${scheme}://user@${host}/app`,
  `${scheme}://<user>:<password>@${host}/app`,
];

interface UriRuleSpec {
  id: string;
  title: string;
  provider: string;
  schemes: string;
  keywords: string[];
  url: string;
  summary: string;
  truePositives: (password: string) => string[];
  falsePositives: string[];
}

function uriRule(spec: UriRuleSpec): SecretRule {
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    severity: 'high',
    keywords: spec.keywords,
    pattern: uriPattern(spec.schemes),
    minEntropy: 2,
    validate: checkConnectionPassword,
    remediation: { summary: spec.summary, url: spec.url },
    examples: {
      truePositives: () => spec.truePositives(servicePassword()),
      falsePositives: spec.falsePositives,
    },
  };
}

export const postgresqlConnectionUri = uriRule({
  id: 'postgresql-connection-uri',
  title: 'PostgreSQL connection URI with password',
  provider: 'PostgreSQL',
  schemes: 'postgres(?:ql)?',
  keywords: ['postgres'],
  url: 'https://www.postgresql.org/docs/current/sql-alterrole.html',
  summary:
    'Change the role password (ALTER ROLE … PASSWORD), update the services that connect with it, and review pg_stat_activity and logs for unknown clients.',
  truePositives: (password) => [
    `DATABASE_URL=postgres://app:${password}@db.internal.test:5432/app`,
    `  url: "postgresql+asyncpg://reporting:${encodeURIComponent(password)}@10.0.4.12/warehouse?sslmode=require"`,
    `engine = create_engine("postgresql://etl:${password}@pg-prod.internal.test/etl")`,
  ],
  falsePositives: [
    ...ALWAYS_FALSE_POSITIVE('postgres'),
    'DATABASE_URL=postgres://postgres:postgres@localhost:5432/postgres',
    'postgresql://postgres:mysecretpassword@localhost/test',
    'postgres://app:app@db:5432/app',
    'postgres://airflow:airflow@postgres/airflow',
    'jdbc:postgresql://localhost:5432/app',
  ],
});

export const mysqlConnectionUri = uriRule({
  id: 'mysql-connection-uri',
  title: 'MySQL connection URI with password',
  provider: 'MySQL',
  schemes: 'mysqlx?',
  keywords: ['mysql'],
  url: 'https://dev.mysql.com/doc/refman/8.0/en/alter-user.html',
  summary:
    "Change the account's password (ALTER USER … IDENTIFIED BY), update the applications using it, and check the general log for unknown hosts.",
  truePositives: (password) => [
    `DATABASE_URL="mysql://shop:${password}@mysql.internal.test:3306/shop"`,
    `SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://api:${password}@127.0.0.1/api'`,
  ],
  falsePositives: [
    ...ALWAYS_FALSE_POSITIVE('mysql'),
    'mysql://root:root@localhost:3306/test',
    'mysql://root:secret@127.0.0.1/app',
    'mysql://wordpress:wordpress@db/wordpress',
  ],
});

export const mariadbConnectionUri = uriRule({
  id: 'mariadb-connection-uri',
  title: 'MariaDB connection URI with password',
  provider: 'MariaDB',
  schemes: 'mariadb',
  keywords: ['mariadb'],
  url: 'https://mariadb.com/kb/en/alter-user/',
  summary:
    "Change the account's password (ALTER USER … IDENTIFIED BY), update the applications using it, and review connection logs.",
  truePositives: (password) => [
    `MARIADB_URL=mariadb://app:${password}@mariadb.internal.test:3306/app`,
    `  url: "mariadb+mariadbconnector://reports:${password}@10.2.0.7:3306/reports"`,
  ],
  falsePositives: [...ALWAYS_FALSE_POSITIVE('mariadb'), 'mariadb://root:mariadb@localhost/test'],
});

export const mongodbConnectionUri = uriRule({
  id: 'mongodb-connection-uri',
  title: 'MongoDB connection string with password',
  provider: 'MongoDB',
  schemes: 'mongodb(?:\\+srv)?',
  keywords: ['mongodb'],
  url: 'https://www.mongodb.com/docs/manual/reference/method/db.changeUserPassword/',
  summary:
    "Change the database user's password (Atlas: Database Access → Edit → Edit Password; self-hosted: db.changeUserPassword), then update the connection strings.",
  truePositives: (password) => [
    `MONGO_URI=mongodb+srv://svc-orders:${password}@cluster0.ab1cd.mongodb.net/orders?retryWrites=true&w=majority`,
    `  uri: "mongodb://admin:${password}@mongo-0.internal.test:27017,mongo-1.internal.test:27017/?replicaSet=rs0"`,
  ],
  falsePositives: [
    ...ALWAYS_FALSE_POSITIVE('mongodb'),
    'mongodb://admin:admin@localhost:27017',
    'mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/test',
    'mongodb://root:example@mongo:27017/',
  ],
});

export const redisConnectionUri = uriRule({
  id: 'redis-connection-uri',
  title: 'Redis connection URI with password',
  provider: 'Redis',
  schemes: 'rediss?',
  keywords: ['redis'],
  url: 'https://redis.io/docs/latest/commands/acl-setuser/',
  summary:
    'Set a new password (ACL SETUSER … or requirepass), restart or reconfigure the clients, and check CLIENT LIST for connections you do not recognise.',
  truePositives: (password) => [
    `REDIS_URL=redis://:${password}@cache.internal.test:6379/0`,
    `  url: rediss://default:${password}@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345`,
  ],
  falsePositives: [
    ...ALWAYS_FALSE_POSITIVE('redis'),
    'redis://:@localhost:6379/0',
    'redis://:foobared@localhost:6379',
    'REDIS_URL=redis://localhost:6379/1',
  ],
});

export const rabbitmqAmqpUri = uriRule({
  id: 'rabbitmq-amqp-uri',
  title: 'AMQP (RabbitMQ) connection URI with password',
  provider: 'RabbitMQ',
  schemes: 'amqps?',
  keywords: ['amqp'],
  url: 'https://www.rabbitmq.com/docs/access-control',
  summary:
    'Change the user password (rabbitmqctl change_password), update the producers and consumers, and remove the user if it is no longer needed.',
  truePositives: (password) => [
    `CELERY_BROKER_URL=amqp://orders:${password}@rabbitmq.internal.test:5672/orders`,
    `  broker: "amqps://svc:${password}@b-1234.mq.us-east-1.amazonaws.com:5671"`,
  ],
  falsePositives: [
    ...ALWAYS_FALSE_POSITIVE('amqp'),
    'amqp://guest:guest@localhost:5672//',
    'amqp://rabbitmq:rabbitmq@rabbit/',
  ],
});

export const mssqlConnectionUri = uriRule({
  id: 'mssql-connection-uri',
  title: 'SQL Server connection URI with password',
  provider: 'Microsoft SQL Server',
  schemes: 'mssql|sqlserver',
  keywords: ['mssql', 'sqlserver'],
  url: 'https://learn.microsoft.com/en-us/sql/t-sql/statements/alter-login-transact-sql',
  summary:
    'Change the login password (ALTER LOGIN … WITH PASSWORD), update the connection strings, and audit recent logins for the account.',
  truePositives: (password) => [
    `SQLSERVER_DSN=sqlserver://reporter:${password}@sql.internal.test:1433?database=sales`,
    `engine = create_engine("mssql+pyodbc://etl:${password}@sqlprod/dw?driver=ODBC+Driver+18+for+SQL+Server")`,
  ],
  falsePositives: [...ALWAYS_FALSE_POSITIVE('sqlserver'), 'mssql://sa:yourStrong(!)Password@localhost:1433'],
});

export const clickhouseConnectionUri = uriRule({
  id: 'clickhouse-connection-uri',
  title: 'ClickHouse connection URI with password',
  provider: 'ClickHouse',
  schemes: 'clickhouses?',
  keywords: ['clickhouse'],
  url: 'https://clickhouse.com/docs/en/sql-reference/statements/alter/user',
  summary:
    "Change the user's password (ALTER USER … IDENTIFIED BY, or reset it in ClickHouse Cloud), then update the clients using it.",
  truePositives: (password) => [
    `CLICKHOUSE_URL=clickhouse://analytics:${password}@ch.internal.test:9000/events`,
    `  dsn: "clickhouse+native://reader:${password}@abc123.us-east-1.aws.clickhouse.cloud:9440/default?secure=true"`,
  ],
  falsePositives: [...ALWAYS_FALSE_POSITIVE('clickhouse'), 'clickhouse://default:@localhost:9000/default'],
});

export const cockroachdbConnectionUri = uriRule({
  id: 'cockroachdb-connection-uri',
  title: 'CockroachDB connection URI with password',
  provider: 'CockroachDB',
  schemes: 'cockroachdb',
  keywords: ['cockroachdb'],
  url: 'https://www.cockroachlabs.com/docs/stable/alter-user',
  summary:
    "Change the SQL user's password (ALTER USER … WITH PASSWORD, or in the CockroachDB Cloud console), then update the applications.",
  truePositives: (password) => [
    `DATABASE_URL=cockroachdb://app:${password}@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full`,
    `engine = create_engine("cockroachdb+psycopg2://etl:${password}@crdb.internal.test:26257/etl")`,
  ],
  falsePositives: [
    ...ALWAYS_FALSE_POSITIVE('cockroachdb'),
    'cockroachdb://root@localhost:26257/defaultdb?sslmode=disable',
  ],
});

export const ldapBindUri = uriRule({
  id: 'ldap-bind-uri',
  title: 'LDAP URI with bind password',
  provider: 'LDAP',
  schemes: 'ldaps?',
  keywords: ['ldap'],
  url: 'https://www.openldap.org/software/man.cgi?query=ldappasswd',
  summary:
    'Change the bind account password in the directory (ldappasswd or the directory admin console) and update every service that binds with it.',
  truePositives: (password) => [
    `LDAP_URL=ldaps://cn=svc-gitlab,ou=services,dc=corp,dc=test:${password}@ldap.corp.test:636`,
    `  url: ldap://binduser:${password}@dc01.corp.test:389`,
  ],
  falsePositives: [...ALWAYS_FALSE_POSITIVE('ldap'), 'ldap://ldap.forumsys.com:389/dc=example,dc=com'],
});

export const neo4jConnectionUri = uriRule({
  id: 'neo4j-connection-uri',
  title: 'Neo4j connection URI with password',
  provider: 'Neo4j',
  schemes: 'neo4j(?:\\+s|\\+ssc)?|bolt(?:\\+s|\\+ssc)?',
  keywords: ['neo4j', 'bolt'],
  url: 'https://neo4j.com/docs/operations-manual/current/authentication-authorization/manage-users/',
  summary:
    "Change the user's password (ALTER USER … SET PASSWORD, or reset it in the Aura console), then update the drivers' configuration.",
  truePositives: (password) => [
    `NEO4J_URI=neo4j+s://neo4j:${password}@a1b2c3d4.databases.neo4j.io`,
    `  uri: "bolt://reader:${password}@graph.internal.test:7687"`,
  ],
  falsePositives: [
    ...ALWAYS_FALSE_POSITIVE('bolt'),
    'neo4j://neo4j:neo4j@localhost:7687',
    'bolt://neo4j:test@localhost:7687',
  ],
});

export const natsConnectionUri = uriRule({
  id: 'nats-connection-uri',
  title: 'NATS server URL with password',
  provider: 'NATS',
  schemes: 'nats',
  keywords: ['nats://'],
  url: 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro',
  summary:
    "Change the user's password in the NATS server authorization block (or rotate the account's credentials), reload the server, and update the clients.",
  truePositives: (password) => [
    `NATS_URL=nats://orders:${password}@nats.internal.test:4222`,
    `  servers: ["nats://svc-orders:${password}@10.0.5.4:4222"]`,
  ],
  falsePositives: [...ALWAYS_FALSE_POSITIVE('nats'), 'nats://demo.nats.io:4222'],
});

export const mqttBrokerUri = uriRule({
  id: 'mqtt-broker-uri',
  title: 'MQTT broker URL with password',
  provider: 'MQTT',
  schemes: 'mqtts?',
  keywords: ['mqtt'],
  url: 'https://mosquitto.org/man/mosquitto_passwd-1.html',
  summary:
    "Change the client's password on the broker (mosquitto_passwd, or the managed broker's console), and update the devices and services that publish with it.",
  truePositives: (password) => [
    `MQTT_URL=mqtts://sensor-gw:${password}@broker.internal.test:8883`,
    `  broker: "mqtt://telemetry:${password}@10.0.0.40:1883"`,
  ],
  falsePositives: [...ALWAYS_FALSE_POSITIVE('mqtt'), 'mqtt://test.mosquitto.org:1883'],
});

export const trinoConnectionUri = uriRule({
  id: 'trino-connection-uri',
  title: 'Trino / Presto connection URI with password',
  provider: 'Trino',
  schemes: 'trino|presto',
  keywords: ['trino', 'presto'],
  url: 'https://trino.io/docs/current/security/password-file.html',
  summary:
    "Change the user's password in the coordinator's authenticator (password file or LDAP), then update the clients.",
  truePositives: (password) => [
    `engine = create_engine("trino://analyst:${password}@trino.internal.test:443/hive/default")`,
    `PRESTO_URL=presto://etl:${password}@presto.internal.test:8443/hive`,
  ],
  falsePositives: [...ALWAYS_FALSE_POSITIVE('trino'), 'trino://admin@localhost:8080/hive'],
});

// JDBC URLs carry the password as a parameter (`;password=`, `?password=`) or as userinfo
// (MySQL, MariaDB) or after a slash (Oracle thin). Parameter values exclude `:` so a second
// `jdbc:` cannot start inside a match.

const JDBC_URL = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';
const JDBC_SUMMARY =
  'Change the database account password, then move it out of the JDBC URL into the driver properties loaded from a secret store or environment.';

export const jdbcUrlPassword: SecretRule = {
  id: 'jdbc-url-password',
  title: 'JDBC URL with a password parameter',
  provider: 'JDBC',
  severity: 'high',
  keywords: ['jdbc:'],
  pattern:
    /(?<![\w.-])jdbc:[a-z][a-z0-9]{1,20}(?::[a-z][a-z0-9]{1,20}){0,2}:(?:\/\/)?[^\s;?&'"<>:/]{1,100}(?::\d{1,5})?(?:\/[^\s;?&'"<>:]{0,64})?(?:[;?&][^\s;?&'"<>=:]{1,40}=[^\s;?&'"<>:]{0,100}){0,8}?[;?&](?:password|PASSWORD|Password|pwd|PWD)=(?<secret>[^\s;&'"<>]{1,256})/,
  minEntropy: 2,
  validate: checkConnectionPassword,
  remediation: { summary: JDBC_SUMMARY, url: JDBC_URL },
  examples: {
    truePositives: () => {
      const password = servicePassword();
      return [
        `spring.datasource.url=jdbc:postgresql://pg.internal.test:5432/app?user=app&password=${password}&ssl=true`,
        `url: "jdbc:sqlserver://sql.internal.test:1433;databaseName=sales;user=reporter;password=${password};encrypt=true"`,
        `jdbc:mysql://mysql.internal.test:3306/shop?useSSL=true&user=shop&password=${password}`,
      ];
    },
    falsePositives: [
      'jdbc:postgresql://localhost:5432/app?user=app&password=${DB_PASSWORD}',
      'jdbc:sqlserver://localhost:1433;databaseName=test;user=sa;password=<YourStrong!Passw0rd>',
      'jdbc:mysql://localhost:3306/test?user=root&password=root',
      'jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1',
    ],
  },
};

export const jdbcUserinfoPassword: SecretRule = {
  id: 'jdbc-userinfo-password',
  title: 'JDBC URL with user:password@host',
  provider: 'JDBC',
  severity: 'high',
  keywords: ['jdbc:'],
  pattern: new RegExp(
    String.raw`(?<![\w.-])jdbc:[a-z][a-z0-9]{1,20}(?::[a-z][a-z0-9]{1,20}){0,2}://${USER}:(?<secret>${PASSWORD})@(?=[\w[.%-])`,
  ),
  minEntropy: 2,
  validate: checkConnectionPassword,
  remediation: { summary: JDBC_SUMMARY, url: JDBC_URL },
  examples: {
    truePositives: () => [
      `jdbc.url=jdbc:mysql://app:${servicePassword()}@mysql.internal.test:3306/app`,
      `<property name="url" value="jdbc:mariadb://etl:${servicePassword()}@10.1.2.3/etl"/>`,
    ],
    falsePositives: ['jdbc:mysql://root:root@localhost:3306/test', 'jdbc:mysql://user:password@localhost/db'],
  },
};

export const jdbcOracleThinPassword: SecretRule = {
  id: 'jdbc-oracle-thin-password',
  title: 'Oracle JDBC thin URL with user/password',
  provider: 'JDBC',
  severity: 'high',
  keywords: ['jdbc:oracle:'],
  pattern: /(?<![\w.-])jdbc:oracle:(?:thin|oci8?):[\w$#]{1,64}\/(?<secret>[^\s@/'"<>\x60]{1,128})@/,
  minEntropy: 2,
  validate: checkConnectionPassword,
  remediation: {
    summary:
      'Change the schema password (ALTER USER … IDENTIFIED BY), then move credentials out of the URL into a wallet or secret store.',
    url: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-USER.html',
  },
  examples: {
    truePositives: () => [
      `db.url=jdbc:oracle:thin:billing/${servicePassword()}@//oradb.internal.test:1521/ORCLPDB1`,
      `String url = "jdbc:oracle:thin:scott_app/${servicePassword()}@db-host:1521:ORCL";`,
    ],
    falsePositives: [
      'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl',
      'jdbc:oracle:thin:@//localhost:1521/XEPDB1',
      'jdbc:oracle:thin:system/oracle@localhost:1521:XE',
    ],
  },
};

export const mssqlConnectionStringPassword: SecretRule = {
  id: 'mssql-connection-string-password',
  title: 'ADO.NET / ODBC connection string with password',
  provider: 'Microsoft SQL Server',
  severity: 'high',
  keywords: ['user id', 'userid', 'uid'],
  // ADO.NET / ODBC names the login `User ID` or `UID` (JDBC says `user=`); the password follows it.
  pattern:
    /(?<![\w-])(?:[Uu]ser ?I[Dd]|USER ?ID|U[Ii][Dd]|uid)[ \t]*=[ \t]*[^;='"\s][^;='"\r\n]{0,63};[ \t]*(?:[Pp]assword|PASSWORD|[Pp]wd|PWD)[ \t]*=[ \t]*['"]?(?<secret>[^;\s'"{}]{1,256})/,
  minEntropy: 2,
  validate: checkConnectionPassword,
  remediation: {
    summary:
      'Change the login password (ALTER LOGIN … WITH PASSWORD, or reset it for Azure SQL), switch the app to managed identity or a Key Vault reference, and remove the string from config.',
    url: 'https://learn.microsoft.com/en-us/sql/t-sql/statements/alter-login-transact-sql',
  },
  examples: {
    truePositives: () => [
      `"DefaultConnection": "Server=tcp:sales-sql.database.windows.net,1433;Initial Catalog=sales;User ID=app;Password=${servicePassword()};Encrypt=True;"`,
      `<add name="Main" connectionString="Data Source=SQLPROD01;Initial Catalog=Orders;User Id=orders;Password=${servicePassword()};" />`,
    ],
    falsePositives: [
      'Server=localhost;Database=test;User Id=sa;Password=<YourStrong@Passw0rd>;',
      'Server=(localdb)\\mssqllocaldb;Database=app;Trusted_Connection=True;',
      'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
      'Data Source=.;Initial Catalog=Dev;User ID=sa;Password={your_password};',
    ],
  },
};
