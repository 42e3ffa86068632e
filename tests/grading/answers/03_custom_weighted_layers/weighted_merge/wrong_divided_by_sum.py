# Misconception: dividing by their sum is enough to make weights a proper mix.
# Expect: fail "divided by their sum: the weights then sum to one but can be negative"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.mix = self.add_weight(shape=(len(input_shape),), initializer="ones")

    def call(self, inputs):
        weights = self.mix / keras.ops.sum(self.mix)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
