# Misconception: learned weights need no normalising; start them at one and let training decide.
# Expect: fail "used as they are, not normalised"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.mix = self.add_weight(shape=(len(input_shape),), initializer="ones")

    def call(self, inputs):
        return sum(self.mix[i] * tensor for i, tensor in enumerate(inputs))
