export { default, generateMetadata, generateStaticParams } from '@/modules/article/page';
