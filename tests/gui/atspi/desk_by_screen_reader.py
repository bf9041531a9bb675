#!/usr/bin/python3
"""The support desk as a screen-reader user drives it, over the real AT-SPI bus.

Usage (CTest runs it so, see tests/gui/CMakeLists.txt):
    xvfb-run -a scripts/lib/with-keyring /usr/bin/python3 desk_by_screen_reader.py \
        --admin build/test/app/admin/companion-admin --server build/test/app/server/companion-server

Debian's python3-pyatspi belongs to /usr/bin/python3, not to any other python3 on PATH.
Needs an X display (Qt's offscreen platform has no AT-SPI bridge: the app runs on xcb)
and a D-Bus session bus (org.a11y.Bus starts at-spi-bus-launcher on it).

Only what assistive technology sees is used: roles, accessible names, states, the
Text/EditableText/Table/Action interfaces and synthesized keys; no coordinates and
no Qt object names. A learner is found by e-mail, opened, given Premium through the
Grant dialog, and the learner page must then read "Premium…"; every focusable
control of the main window and of both dialogs must have a name.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError as e:  # pragma: no cover - a missing package, said plainly
    sys.exit("desk_by_screen_reader: cannot import pyatspi (%s); install python3-pyatspi and run /usr/bin/python3" % e)

LEARNER_EMAIL = "ada.lovelace@example.com"
LEARNERS = [
    (LEARNER_EMAIL, "Ada Lovelace"),
    ("alan.turing@example.com", "Alan Turing"),
    ("grace.hopper@example.com", "Grace Hopper"),
    ("edsger.dijkstra@example.com", "Edsger Dijkstra"),
]
TIMEOUT = float(os.environ.get("ATSPI_TEST_TIMEOUT", "60"))
EDITABLE_ROLES = (pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT)
# Their children are data (cells, headers, list items), named by their contents.
ITEM_CONTAINERS = (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
                   pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON)


APP = None  # the companion-admin process, once started


class Failure(Exception):
    pass


def log(message):
    print("desk_by_screen_reader: " + message, flush=True)


def wait_for(what, probe, timeout=TIMEOUT):
    """Polls probe() until it returns something truthy; fails naming `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        if APP is not None and APP.poll() is not None:
            raise Failure("companion-admin exited (status %s) while waiting for %s" % (APP.returncode, what))
        try:
            result = probe()
            if result:
                return result
        except Exception as e:  # AT-SPI objects vanish while the UI changes; try again
            last_error = e
        time.sleep(0.2)
    raise Failure("timed out after %gs waiting for %s%s" % (timeout, what,
                                                           " (last error: %s)" % last_error if last_error else ""))


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return []


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def showing(node):
    s = states(node)
    return s is not None and s.contains(pyatspi.STATE_SHOWING)


def find_all(root, predicate, into_items=False):
    """Every showing descendant of root for which predicate holds (depth first)."""
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node is not root and not showing(node):
            continue
        try:
            if predicate(node):
                found.append(node)
            role = node.getRole()
        except Exception:
            continue
        if role in ITEM_CONTAINERS and not into_items and node is not root:
            continue
        stack.extend(reversed(children(node)))
    return found


def find_one(root, predicate, what):
    return wait_for(what, lambda: (find_all(root, predicate) or [None])[0])


def named(role_or_roles, name):
    roles = role_or_roles if isinstance(role_or_roles, tuple) else (role_or_roles,)
    return lambda n: n.getRole() in roles and n.name == name


def press(node, what):
    """Invokes the control's default action (Qt calls it "Press" on buttons)."""
    wait_for(what + " to be enabled", lambda: states(node).contains(pyatspi.STATE_ENABLED)
             and states(node).contains(pyatspi.STATE_SENSITIVE))
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for i, n in enumerate(names):
        if n.lower() in ("press", "click", "activate"):
            action.doAction(i)
            return
    raise Failure("%s offers no press action (it has %s)" % (what, names))


def type_into(node, text, what):
    """Sets the text as AT would (EditableText); falls back to synthesized keys."""
    try:
        editable = node.queryEditableText()
        editable.setTextContents(text)
        if wait_for("%s to read %r" % (what, text), lambda: text_of(node) == text, timeout=5):
            return
    except (NotImplementedError, Failure) as e:
        log("EditableText did not set %s (%s); typing instead" % (what, e))
    if not focus(node, what):
        raise Failure("cannot type into %s: it does not take the focus" % what)
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)
    wait_for("%s to read %r" % (what, text), lambda: text_of(node) == text)


def focus(node, what):
    """Component.grabFocus, as a screen reader moves the focus; True once the control has it.

    Under a bare Xvfb no window manager activates windows, so the control becomes its
    window's focus widget without the "focused" state; X then sends keys to the window
    under the pointer (X's initial PointerRoot focus), and Qt hands them to that widget."""
    if not node.queryComponent().grabFocus():
        log("%s refuses the focus" % what)
        return False
    try:
        wait_for(what + " to say it is focused", lambda: states(node).contains(pyatspi.STATE_FOCUSED), timeout=3)
    except Failure:
        log("%s took the focus in an inactive window (no window manager?)" % what)
    return True


def text_of(node):
    t = node.queryText()
    return t.getText(0, t.characterCount)


def path_of(node):
    parts = []
    while node is not None:
        try:
            parts.append("%s %r" % (node.getRoleName(), node.name))
            if node.getRole() == pyatspi.ROLE_APPLICATION:
                break
            node = node.parent
        except Exception:
            break
    return " / ".join(reversed(parts))


def nameless_controls(root):
    """Showing, focusable nodes without an accessible name: what a screen reader announces as just "edit"."""
    def nameless(node):
        s = states(node)
        if s is None or not s.contains(pyatspi.STATE_FOCUSABLE):
            return False
        return not (node.name or "").strip()
    return [path_of(n) for n in find_all(root, nameless)]


def seed_database(server, database_url, env):
    env = dict(env, DATABASE_URL=database_url)
    subprocess.run([server, "migrate"], env=env, check=True, stdout=subprocess.DEVNULL, timeout=120)
    for email, name in LEARNERS:
        subprocess.run([server, "user", "add", email, "--name", name], env=env, check=True,
                       stdout=subprocess.DEVNULL, timeout=120)


def find_application(pid):
    desktop = pyatspi.Registry.getDesktop(0)

    def probe():
        for app in children(desktop):
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        return None
    return wait_for("companion-admin (pid %d) on the accessibility bus" % pid, probe)


def windows_of(app, role):
    return [w for w in children(app) if w is not None and w.getRole() == role and showing(w)]


def run(args, workdir):
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        raise Failure("no DISPLAY: run under xvfb-run (the offscreen platform has no AT-SPI bridge)")
    if not env.get("DBUS_SESSION_BUS_ADDRESS"):
        raise Failure("no D-Bus session bus: run under dbus-run-session or scripts/lib/with-keyring")

    database_url = "sqlite://" + os.path.join(workdir, "desk.sqlite")
    seed_database(args.server, database_url, env)

    config = os.path.join(workdir, "config")
    os.makedirs(config)
    app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   XDG_CONFIG_HOME=config, LANG="C.UTF-8", LANGUAGE="en")
    app_log = open(os.path.join(workdir, "companion-admin.log"), "w")
    process = subprocess.Popen([args.admin, "--database", database_url, "--lang", "en"], env=app_env,
                               stdout=app_log, stderr=subprocess.STDOUT)
    global APP
    APP = process
    try:
        drive(process, workdir)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        app_log.close()
        # What programs printed goes where the suite's secret scan (tests/security) reads it.
        keep = os.environ.get("COMPANION_TEST_LOG_DIR")
        if keep:
            os.makedirs(keep, exist_ok=True)
            shutil.copy(app_log.name, os.path.join(keep, "desk_by_screen_reader-companion-admin.log"))


def drive(process, workdir):
    app = find_application(process.pid)
    log("found the application %r" % app.name)
    main = wait_for("the main window", lambda: (windows_of(app, pyatspi.ROLE_FRAME) or [None])[0])
    log("main window: %r" % main.name)

    search = find_one(main, named(EDITABLE_ROLES, "Search users"), 'an edit field named "Search users"')
    users = find_one(main, named(pyatspi.ROLE_TABLE, "Users"), 'a table named "Users"')
    table = users.queryTable()
    wait_for("the Users table to list the %d learners" % len(LEARNERS), lambda: table.nRows == len(LEARNERS))

    type_into(search, "ada.love", 'the "Search users" field')

    def learner_row():
        if table.nRows != 1:
            return None
        for column in range(table.nColumns):
            cell = table.getAccessibleAt(0, column)
            if cell is not None and cell.name == LEARNER_EMAIL:
                return cell
        return None
    cell = wait_for("the Users table to show only %s" % LEARNER_EMAIL, learner_row)
    log("the Users table shows %r" % cell.name)

    # Open her as a keyboard user does: Enter on her row of the table (focus in the table
    # makes the first row current), else Enter in the search field (one match opens it).
    if focus(users, 'the "Users" table'):
        log("Enter on the Users table")
    elif focus(search, 'the "Search users" field'):
        log("Enter in the search field")
    else:
        raise Failure('neither the "Users" table nor the "Search users" field takes the keyboard focus')
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)  # XK_Return

    def learner_page():
        for dialog in windows_of(app, pyatspi.ROLE_DIALOG):
            if find_all(dialog, named(pyatspi.ROLE_PUSH_BUTTON, "Grant Premium…")):
                return dialog
        return None
    detail = wait_for("the learner page (a dialog with a \"Grant Premium…\" button)", learner_page)
    log("learner page: %r" % detail.name)
    wait_for("the learner page to show %s" % LEARNER_EMAIL,
             lambda: find_all(detail, lambda n: n.getRole() == pyatspi.ROLE_LABEL and LEARNER_EMAIL in (n.name or "")))
    access = find_one(detail, named(pyatspi.ROLE_PANEL, "Access"), 'the "Access" group of the learner page')
    wait_for('the "Access" group to read "Free"',
             lambda: find_all(access, lambda n: n.getRole() == pyatspi.ROLE_LABEL and n.name == "Free"))

    press(find_one(detail, named(pyatspi.ROLE_PUSH_BUTTON, "Grant Premium…"), '"Grant Premium…"'), '"Grant Premium…"')

    def grant_dialog():
        for dialog in windows_of(app, pyatspi.ROLE_DIALOG):
            if dialog.name == "Grant Premium":
                return dialog
        return None
    grant = wait_for('the "Grant Premium" dialog', grant_dialog)
    problems = ['Grant dialog: ' + p for p in nameless_controls(grant)]

    reason = find_one(grant, named(EDITABLE_ROLES, "Reason"), 'a text field named "Reason" in the Grant dialog')
    type_into(reason, "guest lecturer", 'the "Reason" field')
    press(find_one(grant, named(pyatspi.ROLE_PUSH_BUTTON, "Grant Premium"), 'the "Grant Premium" button of the dialog'),
          'the "Grant Premium" button of the dialog')

    # The "Access" group says what she may read: "Free" before, "Premium…" now.
    access = find_one(detail, named(pyatspi.ROLE_PANEL, "Access"), 'the "Access" group of the learner page')
    premium = wait_for('the "Access" group to read "Premium…"',
                       lambda: find_all(access, lambda n: n.getRole() == pyatspi.ROLE_LABEL
                                        and (n.name or "").startswith("Premium")))
    log('the "Access" group now reads %r' % premium[0].name)

    problems += ['main window: ' + p for p in nameless_controls(main)]
    problems += ['learner page: ' + p for p in nameless_controls(detail)]
    if problems:
        raise Failure("focusable controls without an accessible name:\n  " + "\n  ".join(problems))
    log("every focusable control of the main window, the learner page and the Grant dialog has a name")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admin", required=True, help="the built companion-admin")
    parser.add_argument("--server", required=True, help="the built companion-server (migrates and seeds the database)")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="desk-atspi-")
    try:
        run(args, workdir)
    except (Failure, subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
        log("FAIL: %s" % e)
        app_log = os.path.join(workdir, "companion-admin.log")
        if os.path.exists(app_log):
            with open(app_log) as f:
                tail = f.read()[-4000:]
            if tail.strip():
                log("companion-admin's output:\n" + tail)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    log("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
