# Alternative: validates in call() with a stack; loads inside custom_object_scope
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    """Weighted merge with a temperature."""

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        first = tuple(input_shape[0])
        for shape in input_shape[1:]:
            if tuple(shape) != first:
                raise ValueError("WeightedMerge got inputs of different shapes: "
                                 + ", ".join(str(tuple(s)) for s in input_shape))
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(keras.ops.divide(self.logits, self.temperature))
        stacked = keras.ops.stack(inputs, axis=0)
        return keras.ops.tensordot(mix, stacked, axes=1)

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    with keras.saving.custom_object_scope({"WeightedMerge": WeightedMerge}):
        return keras.saving.load_model(path)
