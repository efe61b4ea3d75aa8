package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benchmark's results in the order they were measured: printed as {@code bench NAME: key value} lines,
 * then as one JSON line (also appended to a file when one is given), with the machine's cores, the Java
 * version, the heap limit and the peak heap in use.
 */
public final class Report {

    /** Largest heap in use seen by a sampler that looks every 50 ms, from the first report on. */
    private static final AtomicLong PEAK_HEAP = new AtomicLong();

    /**
     * Largest heap left in use just after a garbage collection, as the sampler sees it: the live data.
     * The heap in use also counts garbage not yet collected, so in a fixed heap it climbs towards the
     * limit whatever the program keeps.
     */
    private static final AtomicLong PEAK_LIVE = new AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            while (true) {
                samplePeakHeap();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private final String bench;
    private final Path jsonOut;
    private final ObjectNode json = new ObjectMapper().createObjectNode();

    /** @param jsonOut file to append the JSON line to, or null */
    public Report(String bench, long seed, Path jsonOut) {
        this.bench = bench;
        this.jsonOut = jsonOut;
        json.put("bench", bench);
        json.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        json.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        json.put("seed", seed);
    }

    /** Records a result; doubles are rounded to three decimals. */
    public Report put(String key, Object value) {
        if (value instanceof Double d) {
            json.put(key, Math.round(d * 1000) / 1000.0);
        } else if (value instanceof Long l) {
            json.put(key, l);
        } else if (value instanceof Integer i) {
            json.put(key, i);
        } else if (value instanceof Boolean b) {
            json.put(key, b);
        } else {
            json.put(key, String.valueOf(value));
        }
        return this;
    }

    public void print() {
        json.put("peakHeapMB", peakHeapMB());
        json.put("peakHeapAfterGcMB", PEAK_LIVE.get() / (1024 * 1024));
        json.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("bench")) {
                System.out.println("bench " + bench + ": " + e.getKey() + " " + e.getValue().asText());
            }
        });
        String line = json.toString();
        System.out.println(line);
        if (jsonOut != null) {
            try {
                Path parent = jsonOut.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(jsonOut, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("warning: cannot append to " + jsonOut + ": " + e.getMessage());
            }
        }
    }

    /** Peak heap in use (sampled), in MB. */
    public static long peakHeapMB() {
        samplePeakHeap();
        return PEAK_HEAP.get() / (1024 * 1024);
    }

    private static void samplePeakHeap() {
        Runtime rt = Runtime.getRuntime();
        PEAK_HEAP.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null) {
                live += afterGc.getUsed();
            }
        }
        PEAK_LIVE.accumulateAndGet(live, Math::max);
    }

    public static double seconds(long nanos) {
        return nanos / 1e9;
    }

    public static double rate(double amount, double seconds) {
        return seconds <= 0 ? 0 : amount / seconds;
    }
}
