# Misconception: keras.ops.softmax normalises the right way by default (it takes the last axis:
# the features, so each input's weights sum to one, not each feature's)
# (explained from the weights the output implies, no table entry).
# Expect: fail "the softmax runs over the features \(each input.s weights sum to one\), not across"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", name="logits"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
