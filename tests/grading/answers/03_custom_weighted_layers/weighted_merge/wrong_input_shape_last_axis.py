# Misconception: build() receives one shape, as a Dense layer's does, so input_shape[-1] is
# a size (for a merge it is the last input's whole shape, and add_weight cannot use it).
# (explained from Keras's error and the learner's line by custom_weighted_layers.explain_layer_error, no table entry)
# Expect: fail "add_weight was given a whole shape, \(None, 4\), where it needs a size"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
