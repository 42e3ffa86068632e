# Mistake: __init__ without super().__init__(**kwargs).
# Cause: "WeightedMerge\.__init__\(\) does not call super\(\)\.__init__"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        self.temperature = temperature

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
