# Misconception: get_config records the layer's default setting, kept on the layer, not the one it was made with (explained from the layer's config against its attributes by custom_weighted_layers._config_not_own, no table entry)
# Expect: fail "records temperature=1.0, but this layer.s temperature is 0.5: it writes self.default_temperature there \(1.0\), another attribute"
class WeightedMerge(keras.layers.Layer):
    """Weighted merge with a temperature."""

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature
        self.default_temperature = 1.0

    def build(self, input_shape):
        shapes = [tuple(s) for s in input_shape]
        if any(s != shapes[0] for s in shapes):
            raise ValueError(f"WeightedMerge needs inputs of one shape, got {shapes}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros", name="logits")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.default_temperature}


def load_merge_model(path):
    return keras.models.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
