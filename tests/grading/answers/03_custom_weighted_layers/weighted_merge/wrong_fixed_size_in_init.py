# Misconception: weights belong in __init__, sized for the three inputs of the example.
# It passes the visible checks (three inputs) and fails the hidden one with two.
# Expect: fail "3 weights for 2 inputs: the size is fixed"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.logits = self.add_weight(shape=(3,), initializer="zeros")

    def build(self, input_shape):
        pass

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
