# Debian packages via CPack (one per program); issue "Ship it" completes this.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "course-companion-billing")
set(CPACK_PACKAGE_VENDOR "Course Companion")
set(CPACK_PACKAGE_CONTACT "Course Companion developers <dev@coursecompanion.invalid>")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ADMIN_PACKAGE_NAME "companion-admin")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "companion-server")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME "stripe-sandbox")
# Drivers and the secret service are loaded at run time, so shlibdeps cannot see them.
set(CPACK_DEBIAN_ADMIN_PACKAGE_DEPENDS "libqt6sql6-psql | libqt6sql6-sqlite, libsecret-1-0")
set(CPACK_DEBIAN_ADMIN_PACKAGE_RECOMMENDS "gnome-keyring")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-psql | libqt6sql6-sqlite")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_DEPENDS "libqt6sql6-sqlite")
include(CPack)

# Desktop integration of companion-admin: one reverse-DNS id (COMPANION_APP_ID) names
# the .desktop file, the AppStream metainfo and the icons in every hicolor size.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/desktop/${COMPANION_APP_ID}.desktop DESTINATION share/applications COMPONENT admin)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/desktop/${COMPANION_APP_ID}.metainfo.xml DESTINATION share/metainfo COMPONENT admin)
install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/icons/hicolor DESTINATION share/icons COMPONENT admin)
