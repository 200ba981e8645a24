export { default, alt, contentType, size } from '@/modules/indicator/opengraph-image';
