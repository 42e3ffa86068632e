# Misconception: a mismatch is a TypeError, without naming the shapes
# Expect: fail
class WeightedMerge(keras.layers.Layer):
    """Weighted merge with a temperature."""

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        if len({tuple(s) for s in input_shape}) > 1:
            raise TypeError("inputs must all have the same shape")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros", name="logits")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        config = super().get_config()
        config.update({"temperature": self.temperature})
        return config


def load_merge_model(path):
    return keras.models.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
