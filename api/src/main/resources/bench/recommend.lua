-- wrk script for POST /v1/recommendations (used by `./credpath bench http --driver wrk`).
-- Environment: CREDPATH_WRK_BODIES = a file with one JSON request body per line (seeded learners),
-- CREDPATH_WRK_KEY = the API key. Every connection sends the next body in turn (closed loop:
-- a connection waits for its answer before sending again). At the end one JSON line is printed:
-- requests, duration and errors, and latency percentiles in microseconds.
local bodies = {}
for line in io.lines(os.getenv("CREDPATH_WRK_BODIES")) do
  bodies[#bodies + 1] = line
end
local key = os.getenv("CREDPATH_WRK_KEY")
local offset = tonumber(os.getenv("CREDPATH_WRK_OFFSET") or "0")
local i = offset
local headers = { ["Content-Type"] = "application/json", ["X-API-Key"] = key }

request = function()
  i = i + 1
  return wrk.format("POST", nil, headers, bodies[(i - 1) % #bodies + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"errors":%d,"meanUs":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
