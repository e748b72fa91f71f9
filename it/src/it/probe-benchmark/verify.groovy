// A benchmark, not a timed test: it checks that the run is complete and clean within its budget,
// and prints the throughput for the notes.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def probed = log =~ /openapi-auth: probed (\d+) operations \((\d+) not probed\) with (\d+) requests in ([\d.]+) s \((\d+) requests\/s\): 1 file, 300 operations \(300 secured\): 0 errors, 0 warnings, 0 info/
assert probed.find() : 'a complete probe of the 300 operations without a finding'
assert probed.group(1) as int == 300
assert (probed.group(3) as int) <= 8000
println "probe benchmark: 300 operations, ${probed.group(3)} requests in ${probed.group(4)} s, ${probed.group(5)} requests/s (8 at once)"
return true
