"""Nolan's one settings module, read from the environment.

Defaults let a fresh clone run on SQLite with the console e-mail backend; production sets
``DEBUG=false`` and must then supply ``SECRET_KEY`` and ``ALLOWED_HOSTS``. Every value is
read through ``nolan.env`` so that a malformed variable stops start-up with a clear message.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from nolan.env import env_bool, env_int, env_list, env_required, env_site_url, env_str

PROJECT_DIR = Path(__file__).resolve().parent
REPO_DIR = PROJECT_DIR.parent
DATA_DIR = Path(env_str("NOLAN_DATA_DIR", str(REPO_DIR / "data")))

DEBUG = env_bool("DEBUG", True)
# A fixed development key is only acceptable while DEBUG is on; production must set its own.
SECRET_KEY = (
    env_str("SECRET_KEY", "dev-only-key-never-used-in-production-5f1c9a7e2b8d4c6a9e3f")
    if DEBUG
    else env_required("SECRET_KEY")
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# A form whose token failed gets a GOV.UK page saying what to do, not Django's own.
CSRF_FAILURE_VIEW = "nolan.errors.csrf_failure"
# Every link in an e-mail starts with this (``nolan.links.site_url``): the worker and the cron
# jobs that send e-mails have no request to take an address from.
# With DEBUG off it must be an https:// address, unless the site is on this machine (below).
SITE_URL = env_site_url("SITE_URL", "http://127.0.0.1:8000" if DEBUG else None, https=not DEBUG)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "import_export",
    "django_tasks",
    "django_tasks_db",
    "rest_framework",
    "drf_spectacular",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "knox",
    "nolan.councils",
    "nolan.codebook",
    "nolan.registers",
    "nolan.meetings",
    "nolan.screening",
    "nolan.accounts",
    "nolan.moderngov",
    "nolan.complaints",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "nolan.accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After authentication and messages, so the 405 page it draws has the signed-in header.
    "nolan.errors.MethodNotAllowedPage",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nolan.urls"
WSGI_APPLICATION = "nolan.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # Every template writes dates with these filters (issue 11: one format).
            "builtins": ["nolan.formats"],
        },
    },
]

DATABASE_URL = env_str("DATABASE_URL", "")
if not DATABASE_URL:
    # The embedded default: SQLite in the data folder, created on first use.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASE_URL = f"sqlite:///{DATA_DIR / 'nolan.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# django-axes sees every password sign-in, the site's and the back office's, before Django's
# own backend does. The API takes no password at all: only a session or a revocable token.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Wrong passwords lock out the account and, separately, the address they came from, until
# the cool-off has passed (any attempt meanwhile restarts it); a success resets both.
AXES_FAILURE_LIMIT = env_int("SIGN_IN_FAILURE_LIMIT", 10, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("SIGN_IN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "nolan.accounts.throttling.locked_out"
AXES_CLIENT_IP_CALLABLE = "nolan.accounts.throttling.client_ip"
# How many proxies of the council's own stand in front of Nolan, each appending to
# X-Forwarded-For. Zero trusts no header: the address is the connection's.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)

# A session ends after this many seconds without a request; every request restarts the clock.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 30 * 60, minimum=60)
SESSION_SAVE_EVERY_REQUEST = True

# Officers' second factor: a time-based code from an authenticator app (nolan.accounts).
OTP_TOTP_ISSUER = "Nolan"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True
# Where Django writes a date or time itself (the back office's lists and read-only fields,
# a value no filter formats): as nolan.core.dates writes it everywhere else. The language's
# formats module outranks DATE_FORMAT and its kin here, so the formats live in one.
FORMAT_MODULE_PATH = "nolan.locale_formats"

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [
    PROJECT_DIR / "static",
    ("govuk", REPO_DIR / "node_modules" / "govuk-frontend" / "dist" / "govuk"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

EMAIL_HOST = env_str("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "nolan@localhost")

# Register imports run as background tasks (nolan.registers.tasks): at once, inside the
# request, by default; with TASK_WORKER on, queued in the database for `nolan db_worker`.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if env_bool("TASK_WORKER", False)
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}
# Councils running Nolan on more than one machine queue the tasks (imports, complaint e-mails,
# decision notice PDFs) in Redis instead, for `nolan rqworker --job-class django_tasks_rq.Job`
# on any machine (django-tasks-rq; docs/complaints.md).
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    INSTALLED_APPS.append("django_rq")
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}

# Modern.gov sync (nolan.moderngov, issue 12): how long one call to a council's Modern.gov
# may take in all, and how large one answer may be, before the whole run is refused.
MODERNGOV_TIMEOUT_SECONDS = env_int("MODERNGOV_TIMEOUT_SECONDS", 30, minimum=1)
MODERNGOV_MAX_RESPONSE_BYTES = env_int("MODERNGOV_MAX_RESPONSE_BYTES", 10_000_000, minimum=10_000)
# Whether a council's Modern.gov address may lead inside a private network (loopback, 10.x,
# the cloud's metadata address...): on for development and tests against a local stand-in,
# off in production, where an officer's address must not reach Nolan's own network.
MODERNGOV_ALLOW_PRIVATE_ADDRESSES = env_bool("MODERNGOV_ALLOW_PRIVATE_ADDRESSES", DEBUG)

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # No HTTP Basic: a script sends a per-user token (stored hashed, revocable), never a
    # password. The token scheme comes first so that a bad token gets 401 and says "Token".
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
REST_KNOX = {"TOKEN_TTL": timedelta(days=env_int("API_TOKEN_DAYS", 90, minimum=1))}
SPECTACULAR_SETTINGS = {
    "TITLE": "Nolan API",
    "DESCRIPTION": "Public registers, declarations and post screening for English councils.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
}

# Content-Security-Policy (django-csp): scripts come only from Nolan's own files or carry the
# page's nonce (base.html's two inline scripts, GOV.UK Frontend's "js-enabled" line and its
# initAll), so injected markup cannot run script. Styles come from Nolan's own files, and
# style attributes are allowed (the council's colour on <body>, the back office's widgets).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "style-src-attr": ["'unsafe-inline'"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Permissions-Policy (django-permissions-policy): no page of Nolan's uses these features, so
# no page, and nothing injected into one, may ask for them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# With DEBUG off the site is served over HTTPS, except on this machine: scripts/run.sh serves
# the demo at http://127.0.0.1:8000 with DEBUG off, so that a new user meets Nolan's own error
# pages, and a browser would neither send that address a secure-only cookie nor find HTTPS.
if not DEBUG and SITE_URL.startswith("https://"):
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    # Off unless the council asks: a preload list entry locks the whole domain, every
    # subdomain included, into HTTPS in browsers for months after it is withdrawn.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # Django's deploy check would nag that the site cannot join the preload list; that
        # is the council's choice to make, not a fault.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
