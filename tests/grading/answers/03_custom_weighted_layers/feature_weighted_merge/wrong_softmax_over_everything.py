# Misconception: one softmax over the whole matrix of logits makes the weights sum to one
# (all together, not per feature) (explained from the weights the output implies, no table entry).
# Expect: fail "one softmax over all 12 logits at once"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", name="logits"
        )

    def call(self, inputs):
        flat = keras.ops.softmax(keras.ops.reshape(self.logits, (-1,)))
        weights = keras.ops.reshape(flat, keras.ops.shape(self.logits))
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
