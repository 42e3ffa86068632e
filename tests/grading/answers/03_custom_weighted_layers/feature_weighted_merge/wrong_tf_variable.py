# Misconception: a tf.Variable made in build is a layer weight (explained from the layer's attributes by custom_weighted_layers.check_weights_per_feature, no table entry).
# Expect: fail "self\.logits is a tf\.Variable, not a Keras variable"
import tensorflow as tf


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = tf.Variable(tf.zeros((len(input_shape), input_shape[0][-1])))

    def call(self, inputs):
        w = tf.nn.softmax(self.logits, axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
