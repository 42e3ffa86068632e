# Misconception: a learnable layer needs a bias per feature too
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        n, f = len(input_shape), input_shape[0][-1]
        self.logits = self.add_weight(shape=(n, f), initializer="zeros")
        self.bias = self.add_weight(shape=(f,), initializer="zeros")

    def call(self, inputs):
        weights = ops.softmax(self.logits, axis=0)
        return sum(weights[i] * x for i, x in enumerate(inputs)) + self.bias
