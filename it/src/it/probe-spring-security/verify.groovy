// Each application makes one well-known Spring Security mistake; the probe reports it and nothing else.
import groovy.json.JsonSlurper

def expected = [
    'none'             : [] as Set,
    'entry-point'      : ['GET /reports probe-forbidden-for-missing-credentials',
                          'GET /admin/stats probe-forbidden-for-missing-credentials'] as Set,
    'exception-handler': ['GET /admin/stats probe-insufficient-rights-not-forbidden'] as Set,
    'unprotected'      : ['GET /reports probe-unauthenticated-access'] as Set,
    'xhr'              : ['GET /reports probe-unauthorized-without-challenge',
                          'GET /admin/stats probe-unauthorized-without-challenge'] as Set,
]
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
expected.each { app, findings ->
    def report = new JsonSlurper().parse(new File(basedir, "target/probe-${app}/openapi-auth-probe.json"))
    def found = report.findings.collect { "${it.operation.method} ${it.operation.path} ${it.rule}".toString() } as Set
    assert found == findings : "${app}: ${found}"
    println "probe of the Spring Security application '${app}': ${found.isEmpty() ? 'no finding' : found.join(', ')}"
}
return true
