# Misconception: a merge averages its inputs, so the weighted inputs are averaged too.
# Expect: fail "the weighted inputs are averaged \(a mean\), where the task sums them"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", name="logits"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=0)
        weighted = [weights[i] * tensor for i, tensor in enumerate(inputs)]
        return keras.ops.mean(keras.ops.stack(weighted), axis=0)
