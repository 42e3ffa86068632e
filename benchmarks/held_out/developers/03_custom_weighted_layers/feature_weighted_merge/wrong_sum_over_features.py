# Misconception: after weighting the stacked inputs, the sum runs over the last axis
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        stacked = ops.stack(inputs, axis=1)  # (batch, inputs, features)
        weights = ops.softmax(self.logits, axis=0)
        return ops.sum(stacked * weights, axis=-1)
