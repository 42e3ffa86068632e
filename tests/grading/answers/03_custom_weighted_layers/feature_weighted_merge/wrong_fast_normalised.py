# Misconception: the lesson's fast normalised fusion (relu(w) / sum) is the same as a softmax (explained from the weights the output implies, no table entry).
# Expect: fail "each feature's weights are positive and sum to one, but they are not the softmax"
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="ones")

    def call(self, inputs):
        positive = ops.relu(self.w)
        weights = positive / (1e-4 + ops.sum(positive, axis=0, keepdims=True))
        return sum(weights[i] * x for i, x in enumerate(inputs))
