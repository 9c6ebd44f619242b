import { ALNUM, BASE64, BASE64URL, HEX, randomString, sample } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';

/**
 * Keys published in the Firebase SDKs' own sources (firebase-android-sdk, firebase-js-sdk test
 * fixtures and sample `google-services.json`) and copied from there into countless projects:
 * public, never a leak. gitleaks allowlists the same values.
 */
const DOCUMENTED_EXAMPLES = new Set([
  'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);

export const googleApiKey: SecretRule = {
  id: 'google-api-key',
  title: 'Google API key',
  provider: 'Google',
  severity: 'high',
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (secret) => (DOCUMENTED_EXAMPLES.has(secret) ? 'rejected' : 'plausible'),
  remediation: {
    summary:
      'Regenerate or delete the key under APIs & Services → Credentials in the Google Cloud console, then add API and application restrictions to its replacement.',
    url: 'https://cloud.google.com/docs/authentication/api-keys',
  },
  examples: {
    truePositives: () => [
      `GOOGLE_API_KEY=${sample('AIza', BASE64URL, 35)}`,
      `const firebaseConfig = { apiKey: "${sample('AIzaSy', BASE64URL, 33)}", authDomain: "app.firebaseapp.com" };`,
      `<meta-data android:name="com.google.android.geo.API_KEY" android:value="${sample('AIza', ALNUM, 35)}"/>`,
      `https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=${sample('AIza', BASE64URL, 35)}`,
    ],
    falsePositives: [
      'GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'apiKey: "AIza<your-api-key>"',
      'GOOGLE_API_KEY=AIzaSyTooShort',
      'apiKey: "AIzaSyabcdefghijklmnopqrstuvwxyz1234567"',
      // Firebase SDK test fixtures.
      '"current_key": "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs"',
      'apiKey: "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",',
    ],
  },
};

export const googleCloudServiceAccountKey: SecretRule = {
  id: 'google-cloud-service-account-key',
  title: 'Google Cloud service account key file',
  provider: 'Google Cloud',
  severity: 'critical',
  // The `private_key_id` line of a service account JSON key; the PEM on the next line is reported by
  // the private-key rule. Other JSON files rarely carry a 40-hex `private_key_id`.
  keywords: ['private_key_id'],
  pattern: /["']private_key_id["']\s{0,4}:\s{0,4}["'](?<secret>[a-f0-9]{40})["']/,
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the key under IAM & Admin → Service accounts → Keys (or `gcloud iam service-accounts keys delete`), and prefer workload identity federation over key files.',
    url: 'https://cloud.google.com/iam/docs/keys-create-delete',
  },
  examples: {
    truePositives: () => [
      `  "private_key_id": "${randomString(HEX, 40)}",`,
      `{"type": "service_account", "project_id": "demo-project", "private_key_id": "${randomString(HEX, 40)}"}`,
      `    'private_key_id': '${randomString(HEX, 40)}',`,
    ],
    falsePositives: [
      '  "private_key_id": "<private-key-id>",',
      '  "private_key_id": "",',
      '  "private_key_id": "0000000000000000000000000000000000000000",',
      '  "private_key_id": "${PRIVATE_KEY_ID}",',
    ],
  },
};

export const googleOauthClientSecret: SecretRule = {
  id: 'google-oauth-client-secret',
  title: 'Google OAuth client secret',
  provider: 'Google',
  severity: 'high',
  keywords: ['gocspx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Add a new secret to the OAuth client (APIs & Services → Credentials → the client → Add secret), deploy it, then disable and delete the leaked one.',
    url: 'https://support.google.com/cloud/answer/6158849',
  },
  examples: {
    truePositives: () => [
      `GOOGLE_CLIENT_SECRET=${sample('GOCSPX-', BASE64URL, 28)}`,
      `{"web":{"client_id":"123-abc.apps.googleusercontent.com","client_secret":"${sample('GOCSPX-', ALNUM, 28)}"}}`,
    ],
    falsePositives: [
      'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'client_secret: GOCSPX-<client-secret>',
      'prefix = "GOCSPX-"',
    ],
  },
};

export const googleOauthRefreshToken: SecretRule = {
  id: 'google-oauth-refresh-token',
  title: 'Google OAuth refresh token',
  provider: 'Google',
  severity: 'high',
  keywords: ['1//0'],
  pattern: /(?<![A-Za-z0-9_/-])(?<secret>1\/\/0[A-Za-z0-9_-]{60,250})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Revoke the grant (https://oauth2.googleapis.com/revoke?token=…, or remove the app at myaccount.google.com/permissions), and reset the OAuth client secret if it leaked too.',
    url: 'https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke',
  },
  examples: {
    truePositives: () => [
      `GOOGLE_REFRESH_TOKEN=1//0${randomString(BASE64URL, 99)}`,
      `  "refresh_token": "1//0${randomString(ALNUM, 99)}",`,
    ],
    falsePositives: ['result = 1//0', 'refresh_token: 1//0<refresh-token>', 'url = "file:///1//0/tmp"'],
  },
};

export const googleOauthAccessToken: SecretRule = {
  id: 'google-oauth-access-token',
  title: 'Google OAuth access token',
  provider: 'Google',
  severity: 'medium',
  keywords: ['ya29.'],
  // User tokens are `ya29.a0…`; service-account tokens add a one-letter segment (`ya29.c.…`).
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>ya29\.(?:[a-z]\.)?[A-Za-z0-9_-]{50,2048})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Access tokens expire within an hour; revoke it now at https://oauth2.googleapis.com/revoke and find the refresh token or key that minted it.',
    url: 'https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke',
  },
  examples: {
    truePositives: () => [
      `Authorization: Bearer ya29.a0${randomString(BASE64URL, 90)}`,
      `access_token = "ya29.c.${randomString(ALNUM, 90)}"`,
    ],
    falsePositives: [
      'Authorization: Bearer ya29.<access-token>',
      'token = "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      'if token.startswith("ya29."):',
    ],
  },
};

export const firebaseCloudMessagingServerKey: SecretRule = {
  id: 'firebase-cloud-messaging-server-key',
  title: 'Firebase Cloud Messaging legacy server key',
  provider: 'Firebase',
  severity: 'high',
  // Device registration tokens also contain `:APA91b`; server keys start with `AAAA` + 7 characters.
  keywords: [':apa91b'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the server key in Firebase console → Project settings → Cloud Messaging, and move senders to the FCM HTTP v1 API with short-lived OAuth tokens.',
    url: 'https://firebase.google.com/docs/cloud-messaging/migrate-v1',
  },
  examples: {
    truePositives: () => [
      `FCM_SERVER_KEY=AAAA${randomString(BASE64URL, 7)}:APA91b${randomString(BASE64URL, 134)}`,
      `headers: { Authorization: "key=AAAA${randomString(ALNUM, 7)}:APA91b${randomString(ALNUM, 134)}" }`,
    ],
    falsePositives: [
      'FCM_SERVER_KEY=AAAA<server-key>:APA91b<rest>',
      `registration_id: "${randomString('abcdefghijkl', 22)}:APA91bshort"`,
      'FCM_SERVER_KEY=AAAAxxxxxxx:APA91bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const googleCloudStorageHmacSecret: SecretRule = {
  id: 'google-cloud-storage-hmac-secret',
  title: 'Google Cloud Storage HMAC secret (interoperability)',
  provider: 'Google Cloud',
  severity: 'high',
  // boto's `.boto` config names the Cloud Storage interoperability secret `gs_secret_access_key`.
  keywords: ['gs_secret_access_key'],
  pattern:
    /(?<![A-Za-z0-9])gs_secret_access_key['"]?\s{0,4}[:=]\s{0,4}['"]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
  minEntropy: 4,
  remediation: {
    summary:
      'Deactivate, then delete the HMAC key under Cloud Storage → Settings → Interoperability (or `gcloud storage hmac update --deactivated` and `delete`), and create a new one.',
    url: 'https://cloud.google.com/storage/docs/authentication/managing-hmackeys',
  },
  examples: {
    truePositives: () => [
      `gs_secret_access_key = ${randomString(BASE64, 40)}`,
      `GS_SECRET_ACCESS_KEY="${randomString(BASE64, 40)}"`,
    ],
    falsePositives: [
      'gs_secret_access_key = <your-hmac-secret>',
      'gs_secret_access_key = ${GS_SECRET}',
      'gs_secret_access_key =',
    ],
  },
};
