export * from './FeedFollower';
