# Misconception: NumPy can compute the softmax of the variable inside call()
# Expect: fail
import numpy as np


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        e = np.exp(self.logits)
        weights = e / np.sum(e, axis=0, keepdims=True)
        return sum(weights[i] * x for i, x in enumerate(inputs))
