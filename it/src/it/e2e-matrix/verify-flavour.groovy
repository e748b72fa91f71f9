// Shared by e2e-spring and e2e-jaxrs (binding: basedir, flavours): generate in generate-sources, compile the
// user's code against it, then per flavour (or Spring path-matching strategy) the HTTP matrix on 127.0.0.1,
// the concurrent run and the bypass suites.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('openapi-auth: added')
// openapi-generator's per-operation and per-file lines stay below INFO
assert !log.contains('writing file ') && !log.contains('Processing operation ')
flavours.each { flavour ->
    assert log.contains("e2e concurrent run (${flavour}): 2000 requests on 8 threads, 0 failures")
    assert log =~ /e2e path variants \(${flavour}\): 1904 requests .*, 0 failures/
    assert log =~ /e2e path mutator \(${flavour}\): 10000 requests .*, 0 failures/
    def proven = new File(basedir, "target/auth-matrix-${flavour}.tsv").readLines()
    assert proven.size() == 53
    assert proven.collect { it.split('\t')[1] }.toSet() == ['NO_CREDENTIALS', 'INVALID_CREDENTIALS', 'MALFORMED_CREDENTIALS',
            'TOKEN_IN_TWO_PLACES', 'DUPLICATE_AUTHORIZATION', 'VERIFIER_FAILS', 'INSUFFICIENT_SCOPE', 'AUTHORIZED',
            'PUBLIC_OPERATION', 'ANONYMOUS_ON_OPTIONAL', 'UNKNOWN_ROUTE'] as Set
}
// A flavour project may add tests of its own beside the shared matrix (e2e-jaxrs: the probe).
def ownTests = binding.hasVariable('ownTests') ? ownTests : 0
assert log.contains("Tests run: ${58 * flavours.size() + ownTests}, Failures: 0, Errors: 0, Skipped: 0")
return true
