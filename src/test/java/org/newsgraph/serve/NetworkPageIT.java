package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.store.Store;

/**
 * Loads the network page of a server over the seed store in headless Chromium and checks that the seed
 * network is drawn: the screenshot shows nodes and edges in the page's colours, and the page reports the
 * drawn graph in its title and a hidden list of node labels (read with {@code --dump-dom}).
 */
class NetworkPageIT {

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 900;
    /** The node fill and edge line colours of network.html. */
    private static final int NODE_RGB = 0x3b6ea8;
    private static final int EDGE_RGB = 0xe08a3c;
    private static final Pattern TITLE = Pattern.compile("newsgraph network: (\\d+) nodes, (\\d+) edges");

    @TempDir
    Path tmp;

    @Test
    void theSeedNetworkIsDrawn() throws Exception {
        Path chromium = onPath("chromium");
        Assumptions.assumeTrue(chromium != null,
                "chromium is not on PATH (apt-get install -y chromium): the network page is not tested");
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Path.of("seeds")), store, a -> { });
            new Enricher().enrich(store);
            NewsgraphServer server = NewsgraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
            try {
                String page = "http://localhost:" + server.port() + "/network.html";
                Path png = tmp.resolve("network.png");
                browse(chromium, "--screenshot=" + png, page, tmp.resolve("screenshot.log"));
                checkDrawing(png);
                Path dom = tmp.resolve("dom.html");
                String html = Files.readString(browse(chromium, "--dump-dom", page, dom), StandardCharsets.UTF_8);
                Matcher title = TITLE.matcher(html);
                assertTrue(title.find(), "no drawn graph in the page title: " + html);
                assertTrue(Integer.parseInt(title.group(1)) >= 5, title.group());
                assertTrue(Integer.parseInt(title.group(2)) >= 4, title.group());
                String drawn = html.substring(html.indexOf("id=\"drawn-nodes\""));
                assertTrue(drawn.contains("陈博") && drawn.contains("张新伟"), drawn);
            } finally {
                server.stop();
            }
        }
    }

    /**
     * Chinese names in the network page's label font must be drawn as characters, not as the boxes a
     * browser draws for characters no installed font has (on a machine without a CJK font every name is a
     * row of boxes and the page is useless). The names are drawn beside a code point no font has: the two
     * rows must not look alike.
     */
    @Test
    void chineseNamesAreDrawnAsCharactersNotBoxes() throws Exception {
        Path chromium = onPath("chromium");
        Assumptions.assumeTrue(chromium != null, "chromium is not on PATH: glyph rendering is not tested");
        Matcher font = Pattern.compile("\"font-family\": \"([^\"]+)\"").matcher(
                Files.readString(Path.of("src/main/resources/serve/ui/network.html"), StandardCharsets.UTF_8));
        assertTrue(font.find(), "no label font in network.html");
        String style = "position:absolute;left:10px;font-size:64px;line-height:80px;margin:0;font-family:" + font.group(1);
        Path html = Files.writeString(tmp.resolve("glyphs.html"), "<!doctype html><meta charset=utf-8>"
                + "<body style='margin:0;background:#fff;color:#000'>"
                + "<p style='top:10px;" + style + "'>张新伟陈博</p>"
                + "<p style='top:210px;" + style + "'>\uDBFF\uDFFD\uDBFF\uDFFD\uDBFF\uDFFD\uDBFF\uDFFD\uDBFF\uDFFD</p>",
                StandardCharsets.UTF_8);
        Path png = tmp.resolve("glyphs.png");
        browse(chromium, "--screenshot=" + png, html.toUri().toString(), tmp.resolve("glyphs.log"));
        BufferedImage img = ImageIO.read(png.toFile());
        boolean[][] names = ink(img, 10);
        boolean[][] boxes = ink(img, 210);
        int namesInk = 0;
        int differ = 0;
        for (int y = 0; y < names.length; y++) {
            for (int x = 0; x < names[y].length; x++) {
                namesInk += names[y][x] ? 1 : 0;
                differ += names[y][x] != boxes[y][x] ? 1 : 0;
            }
        }
        assertTrue(namesInk > 500, "the names were not drawn (" + png + ")");
        assertTrue(differ > namesInk / 2, "Chinese names are drawn as boxes: no CJK font is installed "
                + "(apt-get install fonts-noto-cjk or fonts-wqy-zenhei); " + differ + " of " + namesInk + " pixels differ");
    }

    /** Dark pixels of the 120-pixel-high row starting at {@code top}, left part of the page. */
    private static boolean[][] ink(BufferedImage img, int top) {
        boolean[][] out = new boolean[120][600];
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 600; x++) {
                int rgb = img.getRGB(x, top + y);
                out[y][x] = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128;
            }
        }
        return out;
    }

    /** Enough pixels in the node and the edge colour inside the graph area (left of the side panel). */
    private static void checkDrawing(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(WIDTH, img.getWidth(), "screenshot width");
        int nodePixels = 0;
        int edgePixels = 0;
        for (int y = 60; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth() - 420; x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                nodePixels += near(rgb, NODE_RGB) ? 1 : 0;
                edgePixels += near(rgb, EDGE_RGB) ? 1 : 0;
            }
        }
        assertTrue(nodePixels > 2000, "too few node pixels: " + nodePixels + " (" + png + ")");
        assertTrue(edgePixels > 150, "too few edge pixels: " + edgePixels + " (" + png + ")");
    }

    private static boolean near(int rgb, int target) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d += Math.abs((rgb >> shift & 0xff) - (target >> shift & 0xff));
        }
        return d < 30;
    }

    /** Runs headless Chromium on a page; its standard output (the DOM, with {@code --dump-dom}) goes to {@code out}. */
    private Path browse(Path chromium, String action, String url, Path out) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium"),
                "--window-size=" + WIDTH + "," + HEIGHT, "--virtual-time-budget=8000", action, url));
        Path stderr = tmp.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(stderr));
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(stderr));
        return out;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
