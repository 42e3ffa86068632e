# Alternative: stores temperature as float, validates every shape list, uses safe_mode=True explicitly
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    """Weighted merge with a temperature."""

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = float(temperature)

    def build(self, input_shape):
        shapes = [tuple(s) for s in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"All inputs must share one shape; received {shapes}.")
        self.logits = self.add_weight(name="logits", shape=(len(shapes),), initializer="zeros", trainable=True)

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        config = super().get_config()
        config.update({"temperature": self.temperature})
        return config


def load_merge_model(path):
    return keras.models.load_model(path, custom_objects={"WeightedMerge": WeightedMerge}, safe_mode=True)
