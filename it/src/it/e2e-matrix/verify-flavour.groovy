// Shared by e2e-spring and e2e-jaxrs (binding: basedir, flavour): generate in generate-sources,
// compile the user's code against it, then the HTTP matrix on 127.0.0.1 and the concurrent run.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('openapi-auth: added')
assert log.contains('Tests run: 52, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains("e2e concurrent run (${flavour}): 2000 requests on 8 threads, 0 failures")
def proven = new File(basedir, 'target/auth-matrix.tsv').readLines()
assert proven.size() == 51
assert proven.collect { it.split('\t')[1] }.toSet() == ['NO_CREDENTIALS', 'INVALID_CREDENTIALS', 'MALFORMED_CREDENTIALS',
        'TOKEN_IN_TWO_PLACES', 'INSUFFICIENT_SCOPE', 'AUTHORIZED', 'PUBLIC_OPERATION', 'ANONYMOUS_ON_OPTIONAL',
        'UNKNOWN_ROUTE'] as Set
return true
