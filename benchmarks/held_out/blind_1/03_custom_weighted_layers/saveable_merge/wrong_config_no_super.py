# Misconception: get_config only needs the layer's own argument
# Expect: fail
class WeightedMerge(keras.layers.Layer):
    """Weighted merge with a temperature."""

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(s) for s in input_shape]
        if any(s != shapes[0] for s in shapes):
            raise ValueError(f"WeightedMerge needs inputs of one shape, got {shapes}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros", name="logits")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        return {"temperature": self.temperature}


def load_merge_model(path):
    return keras.models.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
