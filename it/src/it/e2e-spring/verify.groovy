// The end-to-end checks every flavour shares, for the spring flavour under both path-matching strategies.
def binding = new Binding([basedir: basedir, flavours: ['spring', 'spring-ant']])
assert new GroovyShell(binding).evaluate(new File(basedir, '../e2e-matrix/verify-flavour.groovy'))

// Then the probe, against the application running on 127.0.0.1 (spring-boot:start): the generated
// layer answers every check as the description says, so it reports nothing, and its JUnit XML is green.
def log = new File(basedir, 'build.log').text
def probed = log =~ /openapi-auth: probed (\d+) operations \((\d+) not probed\) with (\d+) requests in ([\d.]+) s \((\d+) requests\/s\): 1 file, 18 operations \(16 secured\): 0 errors, 0 warnings, 0 info/
assert probed.find() : 'the probe summary line with no finding'
assert probed.group(1) as int == 15    // 16 secured, one of them with optional authentication
def junit = new File(basedir, 'target/openapi-auth/TEST-openapi-auth-probe.xml').text
def suite = junit =~ /<testsuite name="openapi-auth probe" tests="(\d+)" failures="0" errors="0" skipped="3"/
assert suite.find() : 'a green JUnit suite'
assert (suite.group(1) as int) > 100
assert !junit.contains('<failure') && !junit.contains('<error')
assert new File(basedir, 'target/openapi-auth/openapi-auth-probe.sarif').isFile()
println "probe of the generated spring layer: ${probed.group(1)} operations, ${probed.group(3)} requests in ${probed.group(4)} s (${probed.group(5)} requests/s)"
return true
