// generate in generate-sources, then the project compiles against the auth layer and the API interfaces.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('openapi-auth: added')
def classes = new File(basedir, 'target/classes/org/acme/shop')
assert new File(classes, 'auth/AuthGate.class').isFile()
assert new File(classes, 'auth/OpenApiAuthFilter.class').isFile()
assert new File(classes, 'auth/OpenApiAuthEntryPoint.class').isFile()
assert new File(classes, 'ShopVerifier.class').isFile()
assert new File(classes, 'api').listFiles().any { it.name.endsWith('Api.class') }
assert new File(basedir, 'target/generated-sources/openapi-auth/openapi/shop.yaml').text.contains('WWW-Authenticate')
return true
