import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The production server (src/server/main.ts) compresses responses itself, after the
  // Content-Security-Policy has read each page's inline scripts.
  compress: false,
  reactStrictMode: true,
};

export default nextConfig;
