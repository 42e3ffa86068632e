# Misconception: the mixing weights can be normalised once, when the layer is built.
# Expect: fail "self\.mix holds the mixing weights computed once"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")
        self.mix = keras.ops.softmax(self.logits)

    def call(self, inputs):
        return sum(self.mix[i] * tensor for i, tensor in enumerate(inputs))
