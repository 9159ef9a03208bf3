"""The OpenAPI 3.1 description of the HTTP API (``GET /api/v1/openapi.json``)."""

from __future__ import annotations

from typing import Any

from msglint.core.version import __version__
from msglint.web.catalog import DIALECTS
from msglint.web.service import OPTION_KEYS

_POSITION = {
    "type": "object",
    "properties": {"line": {"type": "integer"}, "column": {"type": "integer"}},
    "required": ["line", "column"],
}

SCHEMAS: dict[str, Any] = {
    "LintRequest": {
        "type": "object",
        "required": ["source"],
        "additionalProperties": False,
        "properties": {
            "source": {"type": "string", "description": "The message: HTML, text, a template or an RFC 5322 mail."},
            "filename": {
                "type": "string",
                "description": "A name whose suffix picks the format (e.g. review.html, order.eml); only a name, "
                "never opened. Give filename or dialect.",
            },
            "dialect": {"type": "string", "enum": list(DIALECTS), "default": "auto"},
            "marketplace": {"type": "string", "description": "Buyer's marketplace, e.g. amazon.de."},
            "language": {"type": "string", "description": "Buyer's language (ISO 639-1), overrides the marketplace's."},
            "reason": {
                "type": "string",
                "description": "Contact reason, as front matter 'reason:' (not with a source that has front matter).",
            },
            "options": {
                "type": "object",
                "description": "Configuration keys as in msglint.toml: " + ", ".join(sorted(OPTION_KEYS)) + ".",
                "additionalProperties": False,
                "properties": {k: {} for k in sorted(OPTION_KEYS)},
            },
        },
    },
    "Edit": {
        "type": "object",
        "properties": {
            "content": {"type": "string"},
            "location": _POSITION,
            "end_location": _POSITION,
            "start_offset": {"type": "integer"},
            "end_offset": {"type": "integer"},
        },
    },
    "Fix": {
        "type": ["object", "null"],
        "properties": {
            "message": {"type": "string"},
            "applicability": {"type": "string", "enum": ["safe"]},
            "edits": {"type": "array", "items": {"$ref": "#/components/schemas/Edit"}},
        },
    },
    "Diagnostic": {
        "type": "object",
        "description": "One finding, exactly as 'msglint check --format json' prints it.",
        "required": ["path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "fix"],
        "properties": {
            "path": {"type": "string"},
            "line": {"type": "integer"},
            "column": {"type": "integer", "description": "1-based, in Unicode code points"},
            "end_line": {"type": "integer"},
            "end_column": {"type": "integer"},
            "code": {"type": "string", "examples": ["MSG101"]},
            "rule": {"type": "string", "examples": ["emoji"]},
            "severity": {"type": "string", "enum": ["error", "warning"]},
            "message": {"type": "string"},
            "fix": {"$ref": "#/components/schemas/Fix"},
            "url": {"type": "string", "description": "The rule's documentation page."},
        },
    },
    "FixResult": {
        "type": "object",
        "properties": {
            "source": {"type": "string", "description": "The message with every safe fix applied."},
            "fixed": {"type": "integer", "description": "How many fixes were applied."},
            "diagnostics": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}},
        },
    },
    "Rule": {
        "type": "object",
        "properties": {
            k: {"type": "boolean" if k in ("fixable", "deprecated") else "string"}
            for k in (
                "code",
                "slug",
                "family",
                "family_name",
                "severity",
                "summary",
                "fixable",
                "deprecated",
                "guideline",
                "source",
                "source_url",
                "flags",
                "ignores",
                "bad",
                "good",
            )
        },
    },
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
}


def _errors(*codes: int) -> dict[str, Any]:
    text = {
        400: "Malformed JSON, a missing or wrong field, an unknown rule or option",
        401: "Missing or wrong bearer token",
        413: "Request body over the size limit",
        415: "Body not sent as application/json",
    }
    err = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {str(c): {"description": text[c], **err} for c in codes}


def spec(max_bytes: int, token: bool) -> dict[str, Any]:
    body = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LintRequest"}}},
    }
    errs = (400, 401, 413, 415) if token else (400, 413, 415)
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "msglint HTTP API",
            "version": __version__,
            "description": "Lint seller-to-buyer messages against Amazon's Communication Guidelines. Stateless; "
            f"request bodies up to {max_bytes} bytes.",
        },
        "paths": {
            "/api/v1/lint": {
                "post": {
                    "summary": "Lint one message",
                    "requestBody": body,
                    "responses": {
                        "200": {
                            "description": "The diagnostics, as 'msglint check --format json'",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}}
                                }
                            },
                        },
                        **_errors(*errs),
                    },
                }
            },
            "/api/v1/fix": {
                "post": {
                    "summary": "Apply every safe fix (as 'msglint check --fix') and lint what is left",
                    "requestBody": body,
                    "responses": {
                        "200": {
                            "description": "The fixed message and the diagnostics left",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FixResult"}}},
                        },
                        **_errors(*errs),
                    },
                }
            },
            "/api/v1/rules": {
                "get": {
                    "summary": "Every rule with its guideline and examples",
                    "responses": {
                        "200": {
                            "description": "The rules, by code",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}
                                }
                            },
                        }
                    },
                }
            },
            "/api/v1/meta": {
                "get": {
                    "summary": "Marketplaces (with their languages), languages, contact reasons and dialects",
                    "responses": {"200": {"description": "The choices", "content": {"application/json": {}}}},
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Liveness: status, version, and whether the dictionaries are loaded",
                    "responses": {"200": {"description": "Up", "content": {"application/json": {}}}},
                }
            },
        },
        "components": {"schemas": SCHEMAS},
    }
    if token:
        doc["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
        for path in ("/api/v1/lint", "/api/v1/fix", "/api/v1/rules", "/api/v1/meta"):
            for op in doc["paths"][path].values():
                op["security"] = [{"bearer": []}]
    return doc
