# Misconception: build() receives one shape, as a Dense layer's does, so input_shape[-1] is
# the number of features (for a merge it is the last input's whole shape)
# (explained from Keras's error and the learner's line by custom_weighted_layers.explain_layer_error, no table entry).
# Expect: fail "add_weight was given a whole shape, \(None, 4\), where it needs a size.*so input_shape\[-1\] is the last input.s shape"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[-1]), initializer="zeros"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=0)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
