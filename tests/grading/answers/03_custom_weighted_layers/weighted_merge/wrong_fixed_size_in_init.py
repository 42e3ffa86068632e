# Misconception: weights belong in __init__, sized for the three inputs of the example.
# The visible check's second merge, on two inputs, catches it (explained from where the
# variable is made, a new instance holding it before any call, no table entry).
# Expect: fail "3 weights for 2 inputs: the size is fixed — the variable is made in __init__"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.logits = self.add_weight(shape=(3,), initializer="zeros")

    def build(self, input_shape):
        pass

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
