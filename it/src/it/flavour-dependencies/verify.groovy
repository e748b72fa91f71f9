// Every flavour compiled with exactly the dependencies the README lists; the Spring Security handlers exist
// exactly where Spring Security is on the class path.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def auth = { module -> new File(basedir, "${module}/target/generated-sources/openapi-auth/java/org/acme/deps/auth") }
def classes = { module -> new File(basedir, "${module}/target/classes/org/acme/deps/auth") }
['spring', 'spring-security', 'jaxrs'].each { module ->
    assert new File(classes(module), 'AuthGate.class').isFile()
    assert new File(classes(module), 'OpenApiAuthFilter.class').isFile()
    assert new File(basedir, "${module}/target/classes/org/acme/deps/api/ShopApi.class").isFile()
}
assert !new File(auth('spring'), 'OpenApiAuthEntryPoint.java').exists()
assert new File(classes('spring-security'), 'OpenApiAuthEntryPoint.class').isFile()
assert new File(classes('spring-security'), 'OpenApiAuthAccessDeniedHandler.class').isFile()
assert new File(classes('jaxrs'), 'OpenApiAuthFeature.class').isFile()
return true
