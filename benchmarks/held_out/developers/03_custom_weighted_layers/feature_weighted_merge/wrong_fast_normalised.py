# Misconception: the lesson's fast normalised fusion (relu(w) / sum) is the same as a softmax
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="ones")

    def call(self, inputs):
        positive = ops.relu(self.w)
        weights = positive / (1e-4 + ops.sum(positive, axis=0, keepdims=True))
        return sum(weights[i] * x for i, x in enumerate(inputs))
