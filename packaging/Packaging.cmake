# Debian packages via CPack, one per program: companion-admin, companion-server,
# stripe-sandbox. Built by scripts/package (Release, prefix /usr) into dist/; the
# test deb_packages_install (label packaging) builds and installs them from the
# test tree. Configure with -DCMAKE_INSTALL_PREFIX=/usr so that GNUInstallDirs puts
# configuration under /etc (FHS), as Debian's own CMake packaging does.
include(GNUInstallDirs)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "course-companion-billing")
set(CPACK_PACKAGE_VENDOR "Course Companion")
set(CPACK_PACKAGE_CONTACT "Course Companion developers <dev@coursecompanion.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's own first description line is its summary (not the project's).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL admin server sandbox)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Depends from the programs' shared libraries (dpkg-shlibdeps) ...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_ADMIN_PACKAGE_NAME "companion-admin")
set(CPACK_DEBIAN_ADMIN_PACKAGE_SECTION "utils")
set(CPACK_COMPONENT_ADMIN_DESCRIPTION "Course Companion Billing desk: support, finance, webhook diagnostics
A Qt desktop app for Course Companion's support staff and finance: find a
learner, see their subscription, send a checkout link, cancel or resume a plan,
grant Premium by hand with a reason; revenue, fees and churn with CSV and PDF
export; the server's webhook log and a reconciliation against Stripe. Stripe
keys are kept in the desktop's keychain (Secret Service).")
# ... plus what Qt and QtKeychain load at run time, which shlibdeps cannot see:
# the SQL drivers and the Secret Service client; a keychain daemon to talk to.
set(CPACK_DEBIAN_ADMIN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libsecret-1-0")
set(CPACK_DEBIAN_ADMIN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-wayland")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "companion-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "Course Companion payments API and Stripe webhook receiver
The HTTP API the course's chat assistant calls (checkout session, subscription
status, cancel and resume), chapter gating, the signed Stripe webhook receiver
and an admin API for companion-admin. Runs as a hardened systemd service
configured in /etc/companion/server.env, on PostgreSQL or SQLite.")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-psql, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx | caddy")
# daemon-reload when units come or go, stop before removal (no enable: the
# service needs its configuration first).
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/server/postinst"
    "${CMAKE_CURRENT_LIST_DIR}/debian/server/prerm"
    "${CMAKE_CURRENT_LIST_DIR}/debian/server/postrm"
    "${CMAKE_CURRENT_LIST_DIR}/debian/server/conffiles")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME "stripe-sandbox")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION "devel")
set(CPACK_COMPONENT_SANDBOX_DESCRIPTION "Local, stateful Stripe-compatible API for demos and tests
Speaks Stripe's wire protocol (form-encoded requests, JSON answers, errors,
idempotency keys, signed webhooks) for customers, prices, Checkout sessions,
subscriptions, invoices and events, so Course Companion runs and is tested
with no network and no Stripe account. Test mode only.")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_DEPENDS "libqt6sql6-sqlite")
include(CPack)

# Desktop integration of companion-admin: one reverse-DNS id (COMPANION_APP_ID) names
# the .desktop file, the AppStream metainfo and the icons in every hicolor size.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/desktop/${COMPANION_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT admin)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/desktop/${COMPANION_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT admin)
install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT admin)

# companion-server as a service: the units (one, and a template per port), its
# configuration (root-only: it holds secrets) and the operator's documentation.
set(COMPANION_SERVER_PATH "${CMAKE_INSTALL_FULL_BINDIR}/companion-server")
set(COMPANION_CONFIG_DIR "${CMAKE_INSTALL_FULL_SYSCONFDIR}/companion")
file(READ ${CMAKE_CURRENT_LIST_DIR}/systemd/hardening.conf COMPANION_SERVICE_HARDENING)
foreach(_unit companion-server.service companion-server@.service)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/systemd/${_unit}.in ${CMAKE_BINARY_DIR}/packaging/${_unit} @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/${_unit} DESTINATION lib/systemd/system COMPONENT server)
endforeach()
install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/server.env DESTINATION ${COMPANION_CONFIG_DIR}
        PERMISSIONS OWNER_READ OWNER_WRITE COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/docs/deployment.md ${PROJECT_SOURCE_DIR}/docs/operations.md ${PROJECT_SOURCE_DIR}/resources/openapi/openapi.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/companion-server COMPONENT server)
# Prometheus' alert rules and a Grafana dashboard on the metrics (docs/operations.md).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/prometheus/companion-alerts.yml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/companion-server/prometheus COMPONENT server)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/grafana/companion-server-dashboard.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/companion-server/grafana COMPONENT server)
# HAProxy in front of several instances (deployment.md, section 5): the file tst_failover runs.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/haproxy/companion-server.cfg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/companion-server/haproxy COMPONENT server)
foreach(_component admin server sandbox)
    set(_package companion-${_component})
    if(_component STREQUAL "sandbox")
        set(_package stripe-sandbox)
    endif()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${_package} COMPONENT ${_component})
endforeach()
