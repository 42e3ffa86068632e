# Misconception: computed the softmax with NumPy inside call()
# Expect: fail
import keras
import numpy as np


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        e = np.exp(np.asarray(self.logits))
        mix = e / e.sum(axis=0, keepdims=True)
        return sum(mix[i] * x for i, x in enumerate(inputs))
