export { default, alt, contentType, size } from '@/modules/article/opengraph-image';
