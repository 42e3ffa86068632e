# Alternative: TensorFlow ops (tf.nn.softmax with axis=0, tf.stack, tf.reduce_sum)
# Expect: pass
import tensorflow as tf


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.alpha = self.add_weight(shape=(len(input_shape), int(input_shape[0][-1])), initializer="zeros")

    def call(self, inputs):
        weights = tf.nn.softmax(self.alpha, axis=0)
        return tf.reduce_sum(tf.stack(inputs, axis=1) * weights, axis=1)
