"""examples/msglint-sendmail end to end: a real message on stdin, a fake 'real sendmail'."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

SCRIPT = ROOT / "examples" / "msglint-sendmail"
MAIL = FIXTURES / "mail"

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


def _fake_sendmail(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A 'real sendmail' that writes stdin and its arguments to files."""
    out, args = tmp_path / "delivered.eml", tmp_path / "args.txt"
    fake = tmp_path / "sendmail"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{args}"\ncat > "{out}"\n')
    fake.chmod(0o755)
    return fake, out, args


def _msglint_cmd(tmp_path: Path) -> str:
    exe = Path(sys.executable).parent / "msglint"
    if exe.exists():
        return str(exe)
    wrapper = tmp_path / "msglint"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m msglint "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


def _run(tmp_path: Path, message: bytes, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    fake, _, _ = _fake_sendmail(tmp_path)
    full_env = dict(os.environ, MSGLINT_SENDMAIL=str(fake), MSGLINT=_msglint_cmd(tmp_path), NO_COLOR="1")
    full_env.update(env)
    return subprocess.run(
        ["sh", str(SCRIPT), *args], input=message, capture_output=True, env=full_env, cwd=tmp_path, timeout=120
    )


def test_shop_notification_to_an_alias_is_refused(tmp_path: Path) -> None:
    r = _run(tmp_path, (MAIL / "shopify_shipping_de_qp.eml").read_bytes(), "-t", "-i")
    assert r.returncode == 65, r.stderr
    err = r.stderr.decode()
    assert "refused" in err and "MSG705" in err and "t969vz2jn3bdsy7@marketplace.amazon.de" in err
    assert not (tmp_path / "delivered.eml").exists()


def test_permitted_mail_is_passed_through_unchanged(tmp_path: Path) -> None:
    message = (MAIL / "invoice_pdf_de.eml").read_bytes()
    r = _run(tmp_path, message, "-t", "-i", "-f", "rechnung@kaffeemuehlen-mueller.example")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "delivered.eml").read_bytes() == message
    assert (tmp_path / "args.txt").read_text().split() == ["-t", "-i", "-f", "rechnung@kaffeemuehlen-mueller.example"]


def test_mail_to_a_customer_is_passed_through(tmp_path: Path) -> None:
    message = (MAIL / "customer_shipping_en.eml").read_bytes()
    r = _run(tmp_path, message, "jane.doe@example.org")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "delivered.eml").read_bytes() == message


def test_envelope_recipient_alias_is_checked(tmp_path: Path) -> None:
    # The headers name a customer, the envelope a buyer alias: the alias decides.
    message = (MAIL / "customer_shipping_en.eml").read_bytes()
    r = _run(tmp_path, message, "-f", "shop@example.net", "t969vz2jn3bdsy7@marketplace.amazon.com")
    assert r.returncode == 65, r.stderr
    assert b"MSG705" in r.stderr
    assert not (tmp_path / "delivered.eml").exists()


def test_msglint_failure_fails_closed_unless_told_otherwise(tmp_path: Path) -> None:
    message = (MAIL / "invoice_pdf_de.eml").read_bytes()
    broken = tmp_path / "broken-msglint"
    broken.write_text("#!/bin/sh\necho 'msglint: error: boom' >&2\nexit 2\n")
    broken.chmod(0o755)
    r = _run(tmp_path, message, "-t", MSGLINT=str(broken))
    assert r.returncode == 75 and b"boom" in r.stderr
    assert not (tmp_path / "delivered.eml").exists()
    r = _run(tmp_path, message, "-t", MSGLINT=str(broken), MSGLINT_ON_ERROR="send")
    assert r.returncode == 0
    assert (tmp_path / "delivered.eml").read_bytes() == message
