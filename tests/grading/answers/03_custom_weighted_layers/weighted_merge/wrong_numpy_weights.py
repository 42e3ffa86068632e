# Misconception: any array stored on the layer is one of its weights.
# Expect: fail "the layer has no variable: its weights are a plain array"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.mix = np.ones(len(input_shape), dtype="float32") / len(input_shape)

    def call(self, inputs):
        return sum(self.mix[i] * tensor for i, tensor in enumerate(inputs))
