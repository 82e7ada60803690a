-- wrk script for the scale benchmark: cycles through the endpoint's paths (one per line
-- in the file KRING_BENCH_PATHS), sends the API token and the accepted content encoding
-- (KRING_BENCH_ACCEPT_ENCODING), and prints the figures as JSON.
local paths = {}
for line in io.lines(os.getenv("KRING_BENCH_PATHS")) do paths[#paths + 1] = line end
local counter = math.random(#paths)

wrk.headers["Authorization"] = "Bearer " .. os.getenv("KRING_BENCH_TOKEN")
wrk.headers["Accept-Encoding"] = os.getenv("KRING_BENCH_ACCEPT_ENCODING")

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"p50":%.3f,"p99":%.3f,"requests":%d,"durationMicroseconds":%d,"non2xx":%d,"errors":%d}\n',
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, summary.duration,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
