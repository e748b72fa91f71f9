// The end-to-end checks every flavour shares, for flavour jaxrs.
def binding = new Binding([basedir: basedir, flavours: ['jaxrs'], ownTests: 1])
assert new GroovyShell(binding).evaluate(new File(basedir, '../e2e-matrix/verify-flavour.groovy'))

// The probe of the generated Jersey layer (JaxrsProbeTest): every check passed.
def log = new File(basedir, 'build.log').text
def probed = log =~ /probe of the generated jaxrs layer: (\d+) operations, (\d+) requests, 0 findings/
assert probed.find()
assert probed.group(1) as int == 15
assert new File(basedir, 'target/openapi-auth/TEST-openapi-auth-probe.xml').text.contains('failures="0" errors="0"')
return true
