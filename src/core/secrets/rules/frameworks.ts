import { randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';

// Secrets that web frameworks generate for an application: they sign its sessions and tokens.

/** The characters of `django.core.management.utils.get_random_secret_key`. */
const DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';

export const djangoSecretKey: SecretRule = {
  id: 'django-secret-key',
  title: 'Django SECRET_KEY',
  provider: 'Django',
  // Signs sessions, password-reset links and CSRF tokens: whoever has it can forge them.
  severity: 'high',
  keywords: ['secret_key'],
  // 50 characters of Django's alphabet, as `startproject` writes them (with `django-insecure-`
  // before them since Django 3.2). The alphabet holds `(`, `)` and `&`, where the generic
  // assignment rules stop.
  pattern:
    /(?<![A-Za-z0-9_])SECRET_KEY[ \t]*=[ \t]*(?<q>['"])(?<secret>(?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{50})\k<q>/,
  minEntropy: 4,
  remediation: {
    summary:
      'Generate a new key (django.core.management.utils.get_random_secret_key), load it from the environment, and deploy it: sessions and password-reset links signed with the old key stop working, which is the point.',
    url: 'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
  },
  examples: {
    truePositives: () => [
      `SECRET_KEY = '${randomString(DJANGO_ALPHABET, 50)}'`,
      `SECRET_KEY = "django-insecure-${randomString(DJANGO_ALPHABET, 50)}"`,
    ],
    falsePositives: [
      "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
      "SECRET_KEY = 'django-insecure-change-me'",
      `SECRET_KEY = '${'x'.repeat(50)}'`,
    ],
  },
};
