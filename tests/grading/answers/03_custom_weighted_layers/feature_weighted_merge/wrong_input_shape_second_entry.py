# Misconception: build() receives a single shape, so input_shape[0] is the batch and input_shape[1] the features (explained from the error and the learner's line by custom_weighted_layers.explain_layer_error, no table entry).
# Expect: fail "so input_shape\[1\] is the shape of input 1, not a number"
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[1]), initializer="zeros")

    def call(self, inputs):
        w = ops.softmax(self.logits, axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
