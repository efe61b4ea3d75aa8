package org.newsgraph.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * A response that keeps a copy of what it sends, up to a size, so that a complete answer can be cached.
 * Anything but a 200 written through the output stream — an error status (Fuseki sets one even when a
 * query times out after the first rows went out), a writer, an answer over the size — is not kept.
 */
final class RecordedResponse extends HttpServletResponseWrapper {

    private final long limit;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private int status = SC_OK;

    RecordedResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    /** The answer sent, when it can be served again. */
    Optional<ResultCache.Answer> answer() {
        if (copy == null || status != SC_OK || getContentType() == null) {
            return Optional.empty();
        }
        return Optional.of(new ResultCache.Answer(getContentType(), getHeader("Vary"), copy.toByteArray()));
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        copy = null;
        return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    private void keep(byte[] b, int off, int len) {
        if (copy != null && copy.size() + (long) len > limit) {
            copy = null;
        }
        if (copy != null) {
            copy.write(b, off, len);
        }
    }

    /** Writes to the client and to the copy. */
    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException gone) {
                copy = null;
                throw gone;
            }
            keep(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
